import { Link } from "react-router";
import { useDocumentTitle } from "../ui/useDocumentTitle";

export function NotFoundView() {
  useDocumentTitle("Not found");
  return (
    <>
      <h1>Page not found</h1>
      <p>
        Nothing lives at this address. <Link to="/">Go to the timeline</Link>.
      </p>
    </>
  );
}
