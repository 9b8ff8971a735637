// A client generated from docs/openapi.json by openapi-typescript, called through openapi-fetch against a running server.
import createClient from "openapi-fetch";
import type { paths } from "./api.js";
import { readFileSync } from "node:fs";

const [baseUrl, seedPath] = process.argv.slice(2);
const client = createClient<paths>({ baseUrl });

function upload(name: string): FormData {
  const form = new FormData();
  form.append("file", new Blob([readFileSync(seedPath)]), name);
  return form;
}

const rules = await client.GET("/api/rules", { params: { header: { "Accept-Language": "en" } } });
if (!rules.data) throw new Error("rules: " + rules.response.status);
console.log("rules " + rules.data.rules.length + " " + rules.data.ruleSetVersion);

const info = await client.GET("/api/info");
if (!info.data) throw new Error("info: " + info.response.status);
console.log("formats " + info.data.renderFormats.join(","));

const validated = await client.POST("/api/validate", { body: { file: "" }, bodySerializer: () => upload("seed.txt") });
if (!validated.data) throw new Error("validate: " + validated.response.status);
const file = validated.data.files[0];
console.log("validate " + file.file + " errors " + file.errors + " placeholders " + file.findings.filter((f) => f.ruleId === "PT102").length);

const imported = await client.POST("/api/import", { body: { file: "" }, bodySerializer: () => upload("seed.txt") });
if (!imported.data) throw new Error("import: " + imported.response.status);
console.log("import " + imported.data.format + " diagnostics " + imported.data.diagnostics.length);

const rendered = await client.POST("/api/render", { params: { query: { format: "markdown" } }, body: { file: "" }, bodySerializer: () => upload("seed.txt"), parseAs: "text" });
console.log("render " + rendered.response.status + " " + rendered.response.headers.get("content-type"));

const refused = await client.POST("/api/render", { params: { query: { format: "pdf" }, header: { "Accept-Language": "en" } }, body: { file: "" }, bodySerializer: () => upload("seed.txt") });
const problem = refused.error as { code?: string } | undefined;
console.log("problem " + refused.response.status + " " + problem?.code);
