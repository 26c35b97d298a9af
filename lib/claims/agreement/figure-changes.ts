/** A figure described for people, with what pairs it with its new value. */
export interface DescribedFigure {
  text: string;
  metric: string | null;
  unit: string | null;
}

/**
 * Pure: the figures that changed between two lists, compared as multisets of
 * their descriptions (order does not matter). A removed figure is paired with
 * an added one of the same metric and unit ("150 drones" → "190 drones");
 * when exactly one of each is left unpaired they are paired too (a figure
 * without a metric that changed value). The rest are added or removed.
 */
export function figureChanges(
  before: DescribedFigure[],
  after: DescribedFigure[],
): { before: string | null; after: string | null }[] {
  const added = [...after];
  const removed: DescribedFigure[] = [];
  for (const figure of before) {
    const same = added.findIndex((a) => a.text === figure.text);
    if (same >= 0) added.splice(same, 1);
    else removed.push(figure);
  }
  const changes: { before: string | null; after: string | null }[] = [];
  const unpaired: DescribedFigure[] = [];
  for (const figure of removed) {
    const match = added.findIndex(
      (a) => figure.metric !== null && a.metric === figure.metric && a.unit === figure.unit,
    );
    if (match >= 0) changes.push({ before: figure.text, after: added.splice(match, 1)[0]!.text });
    else unpaired.push(figure);
  }
  if (unpaired.length === 1 && added.length === 1)
    return [...changes, { before: unpaired[0]!.text, after: added.pop()!.text }];
  return [
    ...changes,
    ...unpaired.map((f) => ({ before: f.text, after: null })),
    ...added.map((a) => ({ before: null, after: a.text })),
  ];
}
