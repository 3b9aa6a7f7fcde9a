// Firms, outlets and universities known by one word (generated from @cspell/dict-companies, less given names, places,
// demonyms and common words), as a set built on first use.
import { COMPANY_NAMES, COMPANY_SURNAMES } from './companies.generated';

let table: Set<string> | null = null;

/** The lower-case word is the one-word name of a well-known firm, outlet or university ("verizon", "pfizer", "yale"). */
export function isCompanyName(lower: string): boolean {
  return (table ??= new Set(COMPANY_NAMES.split('|'))).has(lower);
}

let surnames: Set<string> | null = null;

/** A word of a firm's name, also a common surname's ("goldman", "sachs") or not ("verizon"). */
export function isFirmWord(lower: string): boolean {
  return isCompanyName(lower) || (surnames ??= new Set(COMPANY_SURNAMES.split('|'))).has(lower);
}
