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
};

describe("TimelineView", () => {
  it("shows loading, then the events by year with links to them", async () => {
    renderWithApi(<TimelineView />, {
      handlers: { ...lookups, Timeline: () => ({ data: timeline([founding, georgia, crimea]) }) },
    });
    expect(screen.getByRole("status")).toHaveTextContent("Loading events…");
    expect(await screen.findByText(/^3 events, 1949–\d{4}$/)).toBeInTheDocument();
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
    expect(screen.getByRole("radio", { name: "Kind" })).toBeChecked();

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
