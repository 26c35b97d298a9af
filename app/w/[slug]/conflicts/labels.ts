/** Members are named by letter in every view of a conflict ("Claim A", "Claim B"…: the `conflicts.memberName` message); past Z, by number. */
export function memberLetter(index: number): string {
  return index < 26 ? String.fromCharCode(65 + index) : String(index + 1);
}
