import type { ReportListItemDto } from "@/lib/reports/find-reports";

export const SCOPE_LABELS: Record<ReportListItemDto["scope"], string> = { ARTICLE: "One article", CLAIMS: "Chosen claims", CONFLICT: "A conflict", WORKSPACE: "Workspace, date range" };
