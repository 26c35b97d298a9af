/**
 * The message catalogue: one JSON file per namespace and language. English is the
 * reference: its shape is the type every other language must match (catalogue.test.ts
 * checks keys and ICU arguments both ways). A namespace belongs to one part of the app
 * (the folder it names); shared enum labels live in `labels`.
 */
import en_labels from "./messages/en/labels.json" with { type: "json" };
import en_common from "./messages/en/common.json" with { type: "json" };
import en_account from "./messages/en/account.json" with { type: "json" };
import en_auth from "./messages/en/auth.json" with { type: "json" };
import en_errorPages from "./messages/en/errorPages.json" with { type: "json" };
import en_docs from "./messages/en/docs.json" with { type: "json" };
import en_language from "./messages/en/language.json" with { type: "json" };
import en_articles from "./messages/en/articles.json" with { type: "json" };
import en_claims from "./messages/en/claims.json" with { type: "json" };
import en_review from "./messages/en/review.json" with { type: "json" };
import en_admin from "./messages/en/admin.json" with { type: "json" };
import en_conflicts from "./messages/en/conflicts.json" with { type: "json" };
import en_reports from "./messages/en/reports.json" with { type: "json" };
import en_search from "./messages/en/search.json" with { type: "json" };
import en_workspace from "./messages/en/workspace.json" with { type: "json" };
import en_inbox from "./messages/en/inbox.json" with { type: "json" };
import en_publicReport from "./messages/en/publicReport.json" with { type: "json" };
import en_server from "./messages/en/server.json" with { type: "json" };
import en_mail from "./messages/en/mail.json" with { type: "json" };
import en_webhooks from "./messages/en/webhooks.json" with { type: "json" };
import en_sources from "./messages/en/sources.json" with { type: "json" };
import en_factCheck from "./messages/en/factCheck.json" with { type: "json" };
import en_annotationProtocol from "./messages/en/annotationProtocol.json" with { type: "json" };
import uk_labels from "./messages/uk/labels.json" with { type: "json" };
import uk_common from "./messages/uk/common.json" with { type: "json" };
import uk_account from "./messages/uk/account.json" with { type: "json" };
import uk_auth from "./messages/uk/auth.json" with { type: "json" };
import uk_errorPages from "./messages/uk/errorPages.json" with { type: "json" };
import uk_docs from "./messages/uk/docs.json" with { type: "json" };
import uk_language from "./messages/uk/language.json" with { type: "json" };
import uk_articles from "./messages/uk/articles.json" with { type: "json" };
import uk_claims from "./messages/uk/claims.json" with { type: "json" };
import uk_review from "./messages/uk/review.json" with { type: "json" };
import uk_admin from "./messages/uk/admin.json" with { type: "json" };
import uk_conflicts from "./messages/uk/conflicts.json" with { type: "json" };
import uk_reports from "./messages/uk/reports.json" with { type: "json" };
import uk_search from "./messages/uk/search.json" with { type: "json" };
import uk_workspace from "./messages/uk/workspace.json" with { type: "json" };
import uk_inbox from "./messages/uk/inbox.json" with { type: "json" };
import uk_publicReport from "./messages/uk/publicReport.json" with { type: "json" };
import uk_server from "./messages/uk/server.json" with { type: "json" };
import uk_mail from "./messages/uk/mail.json" with { type: "json" };
import uk_webhooks from "./messages/uk/webhooks.json" with { type: "json" };
import uk_sources from "./messages/uk/sources.json" with { type: "json" };
import uk_factCheck from "./messages/uk/factCheck.json" with { type: "json" };
import uk_annotationProtocol from "./messages/uk/annotationProtocol.json" with { type: "json" };
import type { Locale } from "./locales";

const en = {
  labels: en_labels,
  common: en_common,
  account: en_account,
  auth: en_auth,
  errorPages: en_errorPages,
  docs: en_docs,
  language: en_language,
  articles: en_articles,
  claims: en_claims,
  review: en_review,
  admin: en_admin,
  conflicts: en_conflicts,
  reports: en_reports,
  search: en_search,
  workspace: en_workspace,
  inbox: en_inbox,
  publicReport: en_publicReport,
  server: en_server,
  mail: en_mail,
  webhooks: en_webhooks,
  sources: en_sources,
  factCheck: en_factCheck,
  annotationProtocol: en_annotationProtocol,
};

/** The shape of the catalogue, as English has it. */
export type Messages = typeof en;

const uk: Messages = {
  labels: uk_labels,
  common: uk_common,
  account: uk_account,
  auth: uk_auth,
  errorPages: uk_errorPages,
  docs: uk_docs,
  language: uk_language,
  articles: uk_articles,
  claims: uk_claims,
  review: uk_review,
  admin: uk_admin,
  conflicts: uk_conflicts,
  reports: uk_reports,
  search: uk_search,
  workspace: uk_workspace,
  inbox: uk_inbox,
  publicReport: uk_publicReport,
  server: uk_server,
  mail: uk_mail,
  webhooks: uk_webhooks,
  sources: uk_sources,
  factCheck: uk_factCheck,
  annotationProtocol: uk_annotationProtocol,
};

export const MESSAGES: Record<Locale, Messages> = { en, uk };

/** The namespaces, in the catalogue's order. */
export const NAMESPACES = Object.keys(en) as (keyof Messages)[];
