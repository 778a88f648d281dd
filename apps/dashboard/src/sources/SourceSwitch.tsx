import { ParamRadios } from "../ui/ParamRadios";
import { DEFAULT_SOURCE, SOURCE_CHOICES, SOURCE_PARAM } from "./sourceChoice";

/** "The article / The record / Both": whose events the view shows. */
export function SourceSwitch() {
  return (
    <ParamRadios
      legend="Events told by"
      param={SOURCE_PARAM}
      choices={SOURCE_CHOICES}
      fallback={DEFAULT_SOURCE}
    />
  );
}
