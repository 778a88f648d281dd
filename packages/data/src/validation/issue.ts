/** One problem found in the data, located by file, record and field. */
export interface ValidationIssue {
  file: string;
  slug: string;
  field: string;
  message: string;
}

export function formatIssue(issue: ValidationIssue): string {
  return `${issue.file}: record "${issue.slug}": ${issue.field || "(record)"}: ${issue.message}`;
}
