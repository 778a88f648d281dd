// A Vite plugin that puts the dataset's description into index.html's head at build (and dev)
// time: the schema.org JSON-LD the data package's build wrote (dataset.jsonld, embedded as it
// is, never rebuilt here) and Open Graph tags read from it, for search engines and link
// previews.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { HtmlTagDescriptor, Plugin } from "vite";

interface DatasetJsonLd {
  name: string;
  description: string;
  url: string;
}

export function datasetHead(): Plugin {
  const path = createRequire(import.meta.url).resolve("@nato-russia/data/dataset.jsonld");
  return {
    name: "nato-russia-dataset-head",
    transformIndexHtml() {
      const text = readFileSync(path, "utf8");
      const ld = JSON.parse(text) as DatasetJsonLd;
      const meta = (property: string, content: string): HtmlTagDescriptor => ({
        tag: "meta",
        attrs: { property, content },
        injectTo: "head",
      });
      return [
        meta("og:type", "website"),
        meta("og:title", ld.name),
        meta("og:description", ld.description),
        meta("og:site_name", "NATO–Russia relations"),
        { tag: "meta", attrs: { name: "twitter:card", content: "summary" }, injectTo: "head" },
        {
          tag: "script",
          attrs: { type: "application/ld+json" },
          // "</" would end the script element early.
          children: JSON.stringify(JSON.parse(text)).replace(/<\//g, "<\\/"),
          injectTo: "head",
        },
      ];
    },
  };
}
