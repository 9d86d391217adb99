// A typed client for one list and one detail endpoint of each service. It is only compiled
// (tsc --noEmit), never run: if a service's contract drifts (a path, parameter or field renamed,
// removed or retyped), this file stops compiling and the contract check fails.
// "application/json": the list endpoints also answer text/csv; the client is typed for the JSON answers.
import createClient from "openapi-fetch";
import type { paths as BudgetPaths } from "./generated/budget.d.ts";
import type { paths as AssignmentPaths } from "./generated/assignments.d.ts";
import type { paths as IndicatorPaths } from "./generated/indicators.d.ts";

const baseUrl = "http://localhost:8080"; // the gateway

export async function budget(): Promise<void> {
  const client = createClient<BudgetPaths, "application/json">({ baseUrl });
  type Stage = "regnskap" | "saldert" | "forslag" | "revidert" | "tildeling";

  const amounts = await client.GET("/api/budget/amounts", {
    params: { query: { chapter: 740, post: 70, year: 2025, stage: "saldert", ministry: "HOD" } },
  });
  const rows = (amounts.data ?? []).map((row): [string | null | undefined, string | null | undefined,
    number | undefined, string | undefined, Stage | undefined, number | undefined, number | null | undefined] =>
    [row.ministry, row.agency, row.chapter, row.post, row.stage, row.amountNok, row.sourceLine]);

  const { data } = await client.GET("/api/budget/chapters/{chapter}", { params: { path: { chapter: 740 } } });
  const chapter: [number | undefined, string | null | undefined, "expenditure" | "revenue" | undefined,
    unknown[] | undefined] | undefined = data && [data.number, data.name, data.kind, data.posts];
  console.log(rows, chapter);
}

export async function assignments(): Promise<void> {
  const client = createClient<AssignmentPaths, "application/json">({ baseUrl });
  const query = { year: 2025, q: "ventetid", agency: "helsedirektoratet" };

  const list = await client.GET("/api/assignments", { params: { query } });
  const rows = (list.data ?? []).map((row): (string | undefined)[] =>
    [row.agency, row.agencyName, row.id, row.title, row.departments]);
  const { data } = await client.GET("/api/assignments/{id}", { params: { path: { id: "TB2025-43" } } });
  const detail: [string | undefined, string | undefined, string[] | undefined, number | undefined] | undefined =
    data && [data.title, data.text, data.departments, data.sourceLine];
  console.log(rows, detail);
}

export async function indicators(): Promise<void> {
  const client = createClient<IndicatorPaths, "application/json">({ baseUrl });
  const [list, one] = await Promise.all([
    client.GET("/api/indicators", { params: { query: { year: 2024, kind: "key_figure", agency: "helsedirektoratet" } } }),
    client.GET("/api/indicators/{id}", { params: { path: { id: 1 } } }),
  ]);

  const rows = (list.data ?? []).map((row): [string | undefined, string | undefined, number | undefined,
    string | undefined, string | undefined] => [row.ministry, row.agency, row.id, row.kind, row.text]);
  const detail: [string | undefined, string | undefined, number | undefined, unknown[] | undefined] | undefined =
    one.data && [one.data.kind, one.data.text, one.data.seriesId, one.data.sameSeries];
  console.log(rows, detail);
}
