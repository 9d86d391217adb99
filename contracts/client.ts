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

  const amounts = await client.GET("/api/budget/amounts", {
    params: { query: { chapter: 740, post: 70, year: 2025, stage: "saldert", ministry: "HOD" } },
  });
  for (const row of amounts.data ?? []) {
    const ministry: string | null | undefined = row.ministry;
    const agency: string | null | undefined = row.agency;
    console.log(ministry, agency);
    const chapter: number | undefined = row.chapter;
    const post: string | undefined = row.post;
    const stage: "regnskap" | "saldert" | "forslag" | "revidert" | "tildeling" | undefined = row.stage;
    const amountNok: number | undefined = row.amountNok;
    const sourceLine: number | null | undefined = row.sourceLine;
    console.log(chapter, post, stage, amountNok, sourceLine);
  }

  const chapter = await client.GET("/api/budget/chapters/{chapter}", {
    params: { path: { chapter: 740 } },
  });
  if (chapter.data) {
    const number: number | undefined = chapter.data.number;
    const name: string | null | undefined = chapter.data.name;
    const kind: "expenditure" | "revenue" | undefined = chapter.data.kind;
    const posts: unknown[] | undefined = chapter.data.posts;
    console.log(number, name, kind, posts?.length);
  }
}

export async function assignments(): Promise<void> {
  const client = createClient<AssignmentPaths, "application/json">({ baseUrl });

  const list = await client.GET("/api/assignments", {
    params: { query: { year: 2025, q: "ventetid", agency: "helsedirektoratet" } },
  });
  for (const row of list.data ?? []) {
    const agency: string | undefined = row.agency;
    const agencyName: string | undefined = row.agencyName;
    console.log(agency, agencyName);
    const id: string | undefined = row.id;
    const title: string | undefined = row.title;
    const departments: string | undefined = row.departments;
    console.log(id, title, departments);
  }

  const detail = await client.GET("/api/assignments/{id}", {
    params: { path: { id: "TB2025-43" } },
  });
  if (detail.data) {
    const title: string | undefined = detail.data.title;
    const text: string | undefined = detail.data.text;
    const departments: string[] | undefined = detail.data.departments;
    const sourceLine: number | undefined = detail.data.sourceLine;
    console.log(title, text, departments, sourceLine);
  }
}

export async function indicators(): Promise<void> {
  const client = createClient<IndicatorPaths, "application/json">({ baseUrl });

  const list = await client.GET("/api/indicators", {
    params: { query: { year: 2024, kind: "key_figure", agency: "helsedirektoratet" } },
  });
  for (const row of list.data ?? []) {
    const ministry: string | undefined = row.ministry;
    const agency: string | undefined = row.agency;
    console.log(ministry, agency);
    const id: number | undefined = row.id;
    const kind: string | undefined = row.kind;
    const text: string | undefined = row.text;
    console.log(id, kind, text);
  }

  const detail = await client.GET("/api/indicators/{id}", {
    params: { path: { id: 1 } },
  });
  if (detail.data) {
    const kind: string | undefined = detail.data.kind;
    const text: string | undefined = detail.data.text;
    const seriesId: number | undefined = detail.data.seriesId;
    const sameSeries: unknown[] | undefined = detail.data.sameSeries;
    console.log(kind, text, seriesId, sameSeries?.length);
  }
}
