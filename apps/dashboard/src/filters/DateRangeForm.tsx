import { useState, type FormEvent } from "react";

/** From and to, applied together; any of YYYY, YYYY-MM, YYYY-MM-DD, checked by the API. */
export function DateRangeForm({
  from,
  to,
  onApply,
}: {
  from?: string;
  to?: string;
  onApply: (from: string | undefined, to: string | undefined) => void;
}) {
  const [draftFrom, setDraftFrom] = useState(from ?? "");
  const [draftTo, setDraftTo] = useState(to ?? "");
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(draftFrom.trim() || undefined, draftTo.trim() || undefined);
  };
  return (
    <form className="date-range" onSubmit={submit} aria-label="Date range">
      <label>
        From
        <input
          name="from"
          value={draftFrom}
          onChange={(event) => setDraftFrom(event.target.value)}
          placeholder="YYYY"
          inputMode="numeric"
          autoComplete="off"
          aria-describedby="date-format"
        />
      </label>
      <label>
        To
        <input
          name="to"
          value={draftTo}
          onChange={(event) => setDraftTo(event.target.value)}
          placeholder="YYYY"
          inputMode="numeric"
          autoComplete="off"
          aria-describedby="date-format"
        />
      </label>
      <button type="submit">Apply dates</button>
      <span id="date-format" className="visually-hidden">
        A year, or a month as YYYY-MM, or a day as YYYY-MM-DD.
      </span>
    </form>
  );
}
