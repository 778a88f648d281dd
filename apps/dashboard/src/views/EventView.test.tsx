import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { dataset, eventPage, KOLESNIKOV_BIBTEX, KOLESNIKOV_CHICAGO } from "../test/fixtures";
import { renderWithApi } from "../test/renderWithApi";
import { EventView } from "./EventView";

const render = (
  status: "CONSISTENT" | "IMPRECISE" = "CONSISTENT",
  url = "/events/russia-annexes-crimea",
) =>
  renderWithApi(<EventView />, {
    url,
    path: "/events/:slug",
    handlers: {
      EventPage: (variables) => ({
        data: eventPage(
          variables.style === "BIBTEX" ? KOLESNIKOV_BIBTEX : KOLESNIKOV_CHICAGO,
          status,
        ),
      }),
      DatasetInfo: () => ({ data: dataset }),
    },
  });

describe("EventView", () => {
  it("shows the event: date with its precision, actors, themes, period", async () => {
    render();
    expect(
      await screen.findByRole("heading", { level: 1, name: "Russia occupies and annexes Crimea" }),
    ).toBeInTheDocument();
    expect(screen.getByText("February–March 2014")).toBeInTheDocument();
    expect(screen.getByText("(known to the month)")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Russia" })).toHaveAttribute("href", "/actors/russia");
    expect(screen.getByRole("link", { name: "Sanctions and embargoes" })).toHaveAttribute(
      "href",
      "/?theme=sanctions",
    );
    expect(screen.getByRole("link", { name: "Rupture after Crimea" })).toHaveAttribute(
      "href",
      "/?period=rupture-after-crimea",
    );
  });

  it("shows where the article says so: the quote marked in its paragraph, the work cited", async () => {
    render();
    await screen.findByRole("heading", { name: "Where the article says so" });
    expect(
      screen.getByText("the beginning of the occupation of Crimea by the Russian state in 2014", {
        selector: "mark",
      }),
    ).toBeInTheDocument();
    expect(screen.getByText(/Paragraph 17/)).toBeInTheDocument();
    expect(screen.getByText(/a territory \(Kolesnikov 2023\)\./)).toBeInTheDocument();
    expect(screen.getByText(/^Kolesnikov, Andrei\. 2023\./)).toBeInTheDocument();
    expect(await screen.findByText(/^Manolache, Ionela Cătălina\. 2023\./)).toBeInTheDocument();
  });

  it("formats the citations in the style picked, kept in the URL", async () => {
    const user = userEvent.setup();
    const { calls } = render();
    await screen.findByText(/^Kolesnikov, Andrei\. 2023\./);
    await user.selectOptions(screen.getByLabelText("Citation style"), "BIBTEX");
    expect(screen.getByTestId("location")).toHaveTextContent("style=BIBTEX");
    expect(await screen.findByText(/@misc\{Kolesnikov2023Putin/)).toBeInTheDocument();
    expect(calls("EventPage").at(-1)).toEqual({ slug: "russia-annexes-crimea", style: "BIBTEX" });
  });

  it("shows the verification note when the article is imprecise", async () => {
    render("IMPRECISE");
    expect(
      await screen.findByRole("heading", { name: /Imprecise: how the article compares/ }),
    ).toBeInTheDocument();
    expect(screen.getByText(/Russia annexed Crimea in March 2014/)).toBeVisible();
  });

  it("keeps the note folded away when the article matches the record", async () => {
    render("CONSISTENT");
    await screen.findByText("Consistent with the public record");
    expect(screen.queryByRole("heading", { name: /how the article compares/ })).toBeNull();
  });

  it("says when there is no such event", async () => {
    renderWithApi(<EventView />, {
      url: "/events/nope",
      path: "/events/:slug",
      handlers: {
        EventPage: () => ({ data: { event: null } }),
        DatasetInfo: () => ({ data: dataset }),
      },
    });
    expect(await screen.findByRole("heading", { name: "No such event" })).toBeInTheDocument();
  });
});
