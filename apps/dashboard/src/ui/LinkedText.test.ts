import { describe, expect, it } from "vitest";
import { splitUrls } from "./LinkedText";

describe("splitUrls", () => {
  it("cuts out each address, leaving a sentence's full stop outside it", () => {
    expect(
      splitUrls("Trenin (2009). Current History. https://carnegieendowment.org/posts/2009/10/x."),
    ).toEqual([
      { text: "Trenin (2009). Current History. ", url: false },
      { text: "https://carnegieendowment.org/posts/2009/10/x", url: true },
      { text: ".", url: false },
    ]);
  });

  it("keeps query strings and finds several addresses", () => {
    const runs = splitUrls("See https://a.example/?q=1&b=2 and http://b.example/path, too");
    expect(runs.filter((r) => r.url).map((r) => r.text)).toEqual([
      "https://a.example/?q=1&b=2",
      "http://b.example/path",
    ]);
  });

  it("leaves text without an address whole", () => {
    expect(splitUrls("No address here.")).toEqual([{ text: "No address here.", url: false }]);
  });
});
