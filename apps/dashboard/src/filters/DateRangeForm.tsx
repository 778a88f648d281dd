import { useState, type FormEvent } from "react";

const FORMAT_HINT = "date-format";

/** One end of the range, as typed: the API checks the date and names a bad one. */
function DateInput({
  label,
  name,
  value,
  onChange,
}: {
  label: string;
  name: string;
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <label>
      {label}
      <input
        name={name}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        placeholder="YYYY"
        inputMode="numeric"
        autoComplete="off"
        aria-describedby={FORMAT_HINT}
      />
    </label>
  );
}

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
      <DateInput label="From" name="from" value={draftFrom} onChange={setDraftFrom} />
      <DateInput label="To" name="to" value={draftTo} onChange={setDraftTo} />
      <button type="submit">Apply dates</button>
      <span id={FORMAT_HINT} className="visually-hidden">
        A year, or a month as YYYY-MM, or a day as YYYY-MM-DD.
      </span>
    </form>
  );
}
