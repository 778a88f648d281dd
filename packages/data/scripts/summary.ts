// Prints what the dataset holds: counts, time span, events by kind and by decade.
import { dataset, datasetInfo } from "../src/index.js";

const info = datasetInfo;
console.log(`${info.name} ${info.version} — licence ${info.license}`);
console.log(
  `Source: ${dataset.source.csl.title} (${dataset.source.csl.author?.[0]?.family}, ${dataset.source.csl.issued?.["date-parts"][0]?.[0]})\n`,
);
for (const [name, count] of Object.entries(info.counts))
  console.log(`  ${name.padEnd(11)} ${count}`);
const events = dataset.filterEvents();
if (events.length > 0) {
  console.log(`\nEvents from ${events[0]!.date.label} to ${events.at(-1)!.date.label}`);
  console.log("\nBy decade:");
  for (const b of dataset.eventStats("DECADE"))
    console.log(`  ${b.label.padEnd(8)} ${"█".repeat(b.count)} ${b.count}`);
  console.log("\nBy relation:");
  for (const b of dataset.eventStats("RELATION")) console.log(`  ${b.label.padEnd(22)} ${b.count}`);
}
