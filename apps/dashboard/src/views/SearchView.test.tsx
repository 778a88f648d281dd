import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { vilnius } from "../test/fixtures";
import { graphQLError, renderWithApi } from "../test/renderWithApi";
import { SearchView } from "./SearchView";

const render = (url = "/search") =>
  renderWithApi(<SearchView />, {
    url,
    path: "/search",
    handlers: {
      Search: (variables) =>
        /\w/.test(String(variables.query))
          ? { data: vilnius }
          : graphQLError("EMPTY_QUERY", "search: the query has no letters or digits"),
    },
  });

describe("SearchView", () => {
  it("searches everything and links each hit to where it is shown", async () => {
    const user = userEvent.setup();
    render();
    await user.type(screen.getByLabelText("Search everything"), "Vilnius{Enter}");
    expect(screen.getByTestId("location")).toHaveTextContent("/search?q=Vilnius");
    expect(await screen.findByText("2 results for")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "NATO Vilnius Summit" })).toHaveAttribute(
      "href",
      "/events/vilnius-summit",
    );
    expect(screen.getByText("Passage of the article")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: /Paragraph 28 · Conclusions/ })).toHaveAttribute(
      "href",
      expect.stringMatching(/^\/article#/),
    );
    // The words searched for are marked in each result.
    const marks = [...document.querySelectorAll(".search-results mark")].map((m) => m.textContent);
    expect(marks.length).toBeGreaterThan(1);
    expect(marks.every((text) => text === "Vilnius")).toBe(true);
  });

  it("shows the API's answer to a query it refuses", async () => {
    render("/search?q=%3F%3F");
    expect(await screen.findByRole("alert")).toHaveTextContent("EMPTY_QUERY");
  });
});
