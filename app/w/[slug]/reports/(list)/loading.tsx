// the list is on its way: a skeleton and a status (see PageLoading for why lists only)
export { PageLoading as default } from "@/app/_components/page-loading";
