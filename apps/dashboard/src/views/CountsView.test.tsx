import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeAll, describe, expect, it } from "vitest";
import { actors, periodsAndThemes, stats } from "../test/fixtures";
import { loadCharts } from "../test/loadCharts";
import { renderWithApi, type Handler } from "../test/renderWithApi";
import { CountsView } from "./CountsView";

beforeAll(loadCharts);

const eventStats: Handler = ({ groupBy }) => {
  switch (groupBy) {
    case "YEAR":
      return {
        data: stats([
          { key: "2008", label: "2008", count: 2 },
          { key: "2009", label: "2009", count: 0 },
          { key: "2010", label: "2010", count: 1 },
        ]),
      };
    case "DECADE":
      return { data: stats([{ key: "2000", label: "2000s", count: 3 }]) };
    case "KIND":
      return { data: stats([{ key: "ARMED_CONFLICT", label: "Armed conflict", count: 3 }]) };
    case "ACTOR":
      return { data: stats([{ key: "russia", label: "Russia", count: 3 }]) };
    default:
      return { data: stats([{ key: "sanctions", label: "Sanctions and embargoes", count: 1 }]) };
  }
};

const handlers = {
  EventStats: eventStats,
  PeriodsAndThemes: () => ({ data: periodsAndThemes }),
  Actors: () => ({ data: actors }),
};

describe("CountsView", () => {
  it("counts per year, with the empty years the API gives as zero, and by kind, actor and theme", async () => {
    renderWithApi(<CountsView />, { url: "/counts", path: "/counts", handlers });
    expect(await screen.findByRole("heading", { name: "Events per year" })).toBeInTheDocument();
    for (const name of ["By kind", "By actor", "By theme"])
      expect(screen.getByRole("heading", { name })).toBeInTheDocument();
    const years = screen.getAllByRole("table")[0]!;
    expect(Array.from(years.querySelectorAll("tbody tr"), (row) => row.textContent)).toEqual([
      "20082",
      "20090",
      "20101",
    ]);
  });

  it("switches to decades in the URL, and opens the timeline at a bar's events", async () => {
    const user = userEvent.setup();
    renderWithApi(<CountsView />, { url: "/counts?actor=russia", path: "/counts", handlers });
    await user.click(await screen.findByRole("radio", { name: "Decade" }));
    expect(screen.getByTestId("location")).toHaveTextContent("/counts?actor=russia&by=decade");
    await screen.findByRole("heading", { name: "Events per decade" });
    await user.click(screen.getByRole("button", { name: "2000s" }));
    expect(screen.getByTestId("location")).toHaveTextContent("/?from=2000&to=2009&actor=russia");
  });
});
