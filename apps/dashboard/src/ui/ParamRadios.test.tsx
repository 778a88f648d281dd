import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { expect, it } from "vitest";
import { renderWithApi } from "../test/renderWithApi";
import { ParamRadios } from "./ParamRadios";

const SIZES = [
  { value: "small", label: "Small" },
  { value: "large", label: "Large" },
] as const;

it("keeps the choice in its URL parameter, leaving the default out, beside other parameters", async () => {
  const user = userEvent.setup();
  renderWithApi(<ParamRadios legend="Size" param="size" choices={SIZES} />, {
    url: "/?size=huge&q=x",
  });
  expect(screen.getByRole("group", { name: "Size" })).toBeInTheDocument();
  expect(screen.getByRole("radio", { name: "Small" })).toBeChecked(); // an unknown value reads as the default
  await user.click(screen.getByRole("radio", { name: "Large" }));
  expect(screen.getByTestId("location")).toHaveTextContent("/?size=large&q=x");
  await user.click(screen.getByRole("radio", { name: "Small" }));
  expect(screen.getByTestId("location")).toHaveTextContent(/^\/\?q=x$/);
});
