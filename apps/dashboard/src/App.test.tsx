import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { App } from "./App";
import { dataset } from "./test/fixtures";
import { renderWithApi } from "./test/renderWithApi";

describe("App", () => {
  it("names every view in its navigation, and credits the data", async () => {
    renderWithApi(<App />, {
      url: "/nowhere",
      path: "*",
      handlers: { DatasetInfo: () => ({ data: dataset }) },
    });
    expect(screen.getByRole("link", { name: "Skip to content" })).toHaveAttribute("href", "#main");
    const nav = screen.getByRole("navigation", { name: "Views" });
    expect(
      within(nav)
        .getAllByRole("link")
        .map((link) => link.textContent),
    ).toEqual(["Timeline", "Counts", "Article", "Actors", "References", "Search"]);
    expect(screen.getByRole("heading", { name: "Page not found" })).toBeInTheDocument();
    expect(
      await screen.findByText(/@nato-russia\/data 0\.1\.0, CC-BY-4\.0 AND CC-BY-NC-SA-4\.0/),
    ).toBeInTheDocument();
    expect(screen.getByText(dataset.dataset.citation)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Copy the dataset’s citation" })).toBeInTheDocument();
  });
});
