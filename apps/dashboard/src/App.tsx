// The frame every view shares: a skip link, the navigation, the view, and the dataset's credit.
import { useQuery } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { NavLink, Route, Routes, useLocation } from "react-router";
import { DatasetCitation } from "./citations/DatasetCitation";
import { useQueryOptions } from "./ClientContext";
import { ActorsView } from "./views/ActorsView";
import { ActorView } from "./views/ActorView";
import { ArticleView } from "./views/ArticleView";
import { CountsView } from "./views/CountsView";
import { EventView } from "./views/EventView";
import { NotFoundView } from "./views/NotFoundView";
import { ReferencesView } from "./views/ReferencesView";
import { SearchView } from "./views/SearchView";
import { TimelineView } from "./views/TimelineView";

const NAV = [
  { to: "/", label: "Timeline", end: true },
  { to: "/counts", label: "Counts" },
  { to: "/article", label: "Article" },
  { to: "/actors", label: "Actors" },
  { to: "/references", label: "References" },
  { to: "/search", label: "Search" },
];

/** Moves focus to the new view after a navigation, as a page load would for a screen reader. */
function useFocusOnNavigate() {
  const main = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus();
    window.scrollTo(0, 0);
  }, [pathname]);
  return main;
}

function Credit() {
  const queries = useQueryOptions();
  const info = useQuery(queries.dataset({ style: "CHICAGO" }));
  if (!info.data) return null;
  const { dataset } = info.data;
  return (
    <>
      <p>
        Data: {dataset.name} {dataset.version}, {dataset.license}. {dataset.attribution}{" "}
        <a href="/graphql">GraphQL API</a>
      </p>
      <DatasetCitation citation={dataset.citation} />
    </>
  );
}

export function App() {
  const main = useFocusOnNavigate();
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <p className="site-title">
          <NavLink to="/">NATO–Russia relations</NavLink>
        </p>
        <nav aria-label="Views">
          <ul>
            {NAV.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} end={item.end}>
                  {item.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        <Routes>
          <Route path="/" element={<TimelineView />} />
          <Route path="/counts" element={<CountsView />} />
          <Route path="/article" element={<ArticleView />} />
          <Route path="/events/:slug" element={<EventView />} />
          <Route path="/actors" element={<ActorsView />} />
          <Route path="/actors/:slug" element={<ActorView />} />
          <Route path="/references" element={<ReferencesView />} />
          <Route path="/search" element={<SearchView />} />
          <Route path="*" element={<NotFoundView />} />
        </Routes>
      </main>
      <footer className="site-footer">
        <Credit />
      </footer>
    </>
  );
}
