// citation-js ships no type declarations; these cover the calls the gateway makes.
declare module "@citation-js/core" {
  export class Cite {
    constructor(data: unknown);
    format(
      format: "bibliography",
      options: { format: "text"; template: string; lang: string },
    ): string;
    format(format: "bibtex"): string;
  }
  export const plugins: {
    config: {
      get(name: "@csl"): {
        templates: { add(name: string, xml: string): void; has(name: string): boolean };
      };
    };
  };
}
declare module "@citation-js/plugin-csl";
declare module "@citation-js/plugin-bibtex";
