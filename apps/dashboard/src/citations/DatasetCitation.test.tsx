import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { DatasetCitation } from "./DatasetCitation";

const CITATION = "The @nato-russia/data contributors. 2026. “NATO–Russia Relations Dataset.” npm.";

describe("DatasetCitation", () => {
  it("shows the citation and copies it to the clipboard", async () => {
    const user = userEvent.setup(); // installs a clipboard stub that records what is written
    render(<DatasetCitation citation={CITATION} />);
    expect(screen.getByText(CITATION)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Copy the dataset’s citation" }));
    expect(await navigator.clipboard.readText()).toBe(CITATION);
    expect(screen.getByRole("status")).toHaveTextContent("Copied.");
  });

  it("says so when the browser refuses to copy", async () => {
    const user = userEvent.setup();
    Object.defineProperty(navigator.clipboard, "writeText", {
      value: () => Promise.reject(new Error("denied")),
      configurable: true,
    });
    render(<DatasetCitation citation={CITATION} />);
    await user.click(screen.getByRole("button", { name: "Copy the dataset’s citation" }));
    expect(await screen.findByRole("status")).toHaveTextContent(/Could not copy/);
  });
});
