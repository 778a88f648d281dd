import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeAll, describe, expect, it } from "vitest";
import { actors, crimea, founding, georgia, periodsAndThemes, timeline } from "../test/fixtures";
import { loadCharts } from "../test/loadCharts";
import { graphQLError, renderWithApi, type Handler } from "../test/renderWithApi";
import { TimelineView } from "./TimelineView";

beforeAll(loadCharts);

const lookups: Record<string, Handler> = {
  PeriodsAndThemes: () => ({ data: periodsAndThemes }),
  Actors: () => ({ data: actors }),
  ViewCitation: (variables) => ({
    data: {
      dataset: {
        version: "0.2.0",
        citation: `NATO–Russia relations dataset (${String(variables.style)}). Retrieved ${String(variables.accessed)}, from ${String(variables.url)}`,
      },
    },
  }),
};

describe("TimelineView", () => {
  it("shows loading, then the events by year with links to them", async () => {
    renderWithApi(<TimelineView />, {
      handlers: { ...lookups, Timeline: () => ({ data: timeline([founding, georgia, crimea]) }) },
    });
    expect(screen.getByRole("status")).toHaveTextContent("Loading events…");
    // The header gives the data's own range, not today's year.
    expect(await screen.findByText("3 events, 1997–2014")).toBeInTheDocument();
    expect(screen.getByRole("heading", { level: 3, name: "2008" })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Russia invades Georgia" })).toHaveAttribute(
      "href",
      "/events/russia-invades-georgia",
    );
    const years = screen.getByRole("navigation", { name: "Years" });
    expect(within(years).getByRole("link", { name: "Only 2008" })).toHaveAttribute(
      "href",
      "/?from=2008&to=2008",
    );
    expect(
      await screen.findByRole("link", { name: "Post-Cold War partnership" }),
    ).toBeInTheDocument();
  });

  it("sends the URL's filters to the API and writes new dates into the URL", async () => {
    const user = userEvent.setup();
    const { calls } = renderWithApi(<TimelineView />, {
      url: "/?kind=ANNEXATION&color=kind",
      handlers: { ...lookups, Timeline: () => ({ data: timeline([crimea]) }) },
    });
    await screen.findByText(/^1 event,/);
    expect(calls("Timeline")[0]).toEqual({ kinds: ["ANNEXATION"], first: 100 });
    expect(screen.getByTestId("location")).toHaveTextContent("/?kind=ANNEXATION&color=kind");

    await user.type(screen.getByLabelText("From"), "2014");
    await user.type(screen.getByLabelText("To"), "2022");
    await user.click(screen.getByRole("button", { name: "Apply dates" }));
    expect(screen.getByTestId("location")).toHaveTextContent(
      "/?color=kind&from=2014&to=2022&kind=ANNEXATION",
    );
    await screen.findByText(/^1 event, 2014–2022$/);
    expect(calls("Timeline").at(-1)).toEqual({
      from: "2014",
      to: "2022",
      kinds: ["ANNEXATION"],
      first: 100,
    });
  });

  it("draws each event as a mark named by its title and date, coloured by its kind's family", async () => {
    renderWithApi(<TimelineView />, {
      handlers: { ...lookups, Timeline: () => ({ data: timeline([founding, georgia, crimea]) }) },
    });
    await screen.findByText("3 events, 1997–2014");
    const chart = screen.getByRole("img", { name: /^Timeline of 3 events/ });
    const marks = chart.querySelectorAll(".timeline-mark > title");
    expect([...marks].map((mark) => mark.textContent)).toEqual([
      "NATO–Russia Founding Act signed, 27 May 1997",
      "Russia invades Georgia, August 2008",
      "Russia occupies and annexes Crimea, February–March 2014",
    ]);
    // The turning points of the story are named on the chart.
    expect(within(chart).getByText("Georgia war")).toBeInTheDocument();
    const legend = screen.getByRole("list", { name: "Colours: families of event kinds" });
    expect(within(legend).getByText("War and force")).toBeInTheDocument();
    expect(within(legend).getByText("Diplomacy and cooperation")).toBeInTheDocument();
  });

  it("offers the view's events and chart as files, and a citation of the view", async () => {
    const { calls } = renderWithApi(<TimelineView />, {
      url: "/?from=2014&to=2022",
      handlers: { ...lookups, Timeline: () => ({ data: timeline([crimea]) }) },
    });
    await screen.findByText("1 event, 2014–2022");
    for (const name of ["Events as CSV", "Events as JSON", "Chart as SVG", "Chart as PNG"])
      expect(screen.getByRole("button", { name })).toBeInTheDocument();
    expect(
      await screen.findByText(/^NATO–Russia relations dataset \(CHICAGO\)/),
    ).toBeInTheDocument();
    expect(calls("ViewCitation")[0]).toMatchObject({
      style: "CHICAGO",
      filter: { from: "2014", to: "2022" },
      url: "http://localhost:3000/?from=2014&to=2022",
    });
    expect(calls("ViewCitation")[0]!.accessed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(screen.getByRole("button", { name: "Copy this view’s citation" })).toBeInTheDocument();
  });

  it("turns a checkbox into a URL parameter", async () => {
    const user = userEvent.setup();
    renderWithApi(<TimelineView />, {
      handlers: { ...lookups, Timeline: () => ({ data: timeline([crimea]) }) },
    });
    await screen.findByText(/^1 event/);
    await user.click(screen.getByText("Relation", { selector: "summary" }));
    await user.click(screen.getByRole("checkbox", { name: "Material conflict" }));
    expect(screen.getByTestId("location")).toHaveTextContent("/?relation=MATERIAL_CONFLICT");
  });

  it("shows a bad filter's code and message, and a way out", async () => {
    const user = userEvent.setup();
    renderWithApi(<TimelineView />, {
      url: "/?from=2023-13-01",
      handlers: {
        ...lookups,
        Timeline: (variables) =>
          variables.from
            ? graphQLError("BAD_DATE", "from: 2023-13-01 is not a date")
            : { data: timeline([crimea]) },
      },
    });
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("The API could not answer this request");
    expect(alert).toHaveTextContent("BAD_DATE");
    expect(alert).toHaveTextContent("from: 2023-13-01 is not a date");
    await user.click(within(alert).getByRole("button", { name: "Clear all filters" }));
    expect(await screen.findByText(/^1 event/)).toBeInTheDocument();
  });

  it("says when the API is down, and tries again on request", async () => {
    const user = userEvent.setup();
    let up = false;
    renderWithApi(<TimelineView />, {
      handlers: {
        ...lookups,
        Timeline: () => {
          if (!up) throw new TypeError("Failed to fetch");
          return { data: timeline([crimea]) };
        },
      },
    });
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("The API is not answering");
    expect(alert).toHaveTextContent("NETWORK_ERROR");
    up = true;
    await user.click(within(alert).getByRole("button", { name: "Try again" }));
    expect(await screen.findByText(/^1 event/)).toBeInTheDocument();
  });

  it("says so when nothing matches", async () => {
    renderWithApi(<TimelineView />, {
      url: "/?actor=georgia&from=2020",
      handlers: { ...lookups, Timeline: () => ({ data: timeline([]) }) },
    });
    expect(await screen.findByText("No events match these filters.")).toBeInTheDocument();
  });
});
