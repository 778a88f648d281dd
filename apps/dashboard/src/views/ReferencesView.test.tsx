import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { references } from "../test/fixtures";
import { renderWithApi } from "../test/renderWithApi";
import { ReferencesView } from "./ReferencesView";

describe("ReferencesView", () => {
  it("offers APA, Chicago, Harvard, MLA and BibTeX, and formats in the one picked", async () => {
    const user = userEvent.setup();
    const { calls } = renderWithApi(<ReferencesView />, {
      url: "/references",
      path: "/references",
      handlers: {
        References: (variables) => ({ data: references(`${variables.style} citation`) }),
      },
    });
    expect(await screen.findByText("CHICAGO citation")).toBeInTheDocument();
    expect(screen.getByText("Cited in paragraph 17")).toBeInTheDocument();
    const picker = screen.getByLabelText("Citation style");
    const options = Array.from(picker.querySelectorAll("option"), (option) => option.textContent);
    expect(options).toEqual(expect.arrayContaining(["APA", "Chicago", "Harvard", "MLA", "BibTeX"]));

    await user.selectOptions(picker, "APA");
    expect(await screen.findByText("APA citation")).toBeInTheDocument();
    expect(screen.getByTestId("location")).toHaveTextContent("/references?style=APA");
    expect(calls("References").at(-1)).toMatchObject({ style: "APA" });
  });
});
