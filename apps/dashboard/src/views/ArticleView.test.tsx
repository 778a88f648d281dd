import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { article, dataset } from "../test/fixtures";
import { renderWithApi } from "../test/renderWithApi";
import { ArticleView } from "./ArticleView";

const render = () =>
  renderWithApi(<ArticleView />, {
    url: "/article",
    path: "/article",
    handlers: { Article: () => ({ data: article }), DatasetInfo: () => ({ data: dataset }) },
  });

describe("ArticleView", () => {
  it("shows every paragraph in order under its section heading", async () => {
    render();
    await screen.findByRole("heading", { level: 2, name: "Abstract" });
    const sections = screen.getAllByRole("heading", { level: 2 }).map((h) => h.textContent);
    expect(sections).toEqual([
      "Abstract",
      "Presentation of the evolution of relations between NATO and Russia",
    ]);
    const numbers = [...document.querySelectorAll(".paragraph-number")].map((n) => n.textContent);
    expect(numbers).toEqual(["Paragraph 1", "Paragraph 16", "Paragraph 17"]);
    expect(document.getElementById("evolution-12")).not.toBeNull();
  });

  it("links each quoted passage to the record it states, the event first", async () => {
    render();
    const sentence = await screen.findByRole("link", {
      name: "relations between the two blocs were interrupted in 2008",
    });
    expect(sentence).toHaveAttribute("href", "/events/nato-russia-relations-interrupted-2008");
    expect(sentence.closest("mark")).not.toBeNull();
    // Quoted by the Georgia war and by the actor Georgia: the event wins.
    expect(
      screen.getByRole("link", { name: "when Russian troops invaded Georgia" }),
    ).toHaveAttribute("href", "/events/russia-invades-georgia");
    expect(
      screen.getByRole("link", { name: "the Russian state could no longer be trusted" }),
    ).toHaveAttribute("href", "/actors/nato#position-nato-no-longer-trusts-russia");
  });

  it("links the in-text citations to the references", async () => {
    render();
    expect(await screen.findByRole("link", { name: "Trenin 2009" })).toHaveAttribute(
      "href",
      "/references#ref-trenin-2009",
    );
  });

  it("lists the records drawn from each paragraph, each once", async () => {
    render();
    const summary = await screen.findByText("3 records drawn from paragraph 16");
    const list = within(summary.closest("details")!);
    expect(list.getAllByRole("link").map((link) => link.getAttribute("href"))).toEqual([
      "/events/nato-russia-relations-interrupted-2008",
      "/events/russia-invades-georgia",
      "/actors/georgia",
    ]);
  });
});
