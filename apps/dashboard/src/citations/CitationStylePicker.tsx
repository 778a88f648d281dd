import type { CitationStyle } from "@nato-russia/client";
import { useId } from "react";
import { CITATION_STYLES } from "./useCitationStyle";

export function CitationStylePicker({
  style,
  onChange,
}: {
  style: CitationStyle;
  onChange: (style: CitationStyle) => void;
}) {
  const id = useId();
  return (
    <div className="style-picker">
      <label htmlFor={id}>Citation style</label>
      <select
        id={id}
        value={style}
        onChange={(event) => onChange(event.target.value as CitationStyle)}
      >
        {CITATION_STYLES.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
