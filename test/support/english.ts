/**
 * Finds English sentences in a text meant to be Korean. What may stay English is removed first:
 * quoted values (they come from the inputs), URLs, paths and file names, options, codes and
 * environment variables, XML tags, and the names of products, screens and formats (Campaign has no
 * Korean UI). What is left must hold no run of three English words.
 */

/** Names that stay in English in Korean text: products, screens, menus, formats, protocol fields. */
const NAMES = [
  'Adobe Campaign Classic',
  'Adobe Experience Cloud',
  'Adobe ID',
  'Adobe',
  'Admin Console',
  'Developer Console',
  // The API's product name (issue 11).
  'User Management API',
  'Campaign',
  'IMS',
  'OAuth Web App',
  'Save all as HAR',
  'Network',
  'Association mask',
  'External accounts',
  'Administration',
  'Platform',
  'Product Configurations',
  'User Groups',
  'ims-doctor',
  'SOAP',
  'HAR',
  'JSON',
  'YAML',
  'XML',
  'CSV',
  'UTF-8',
  'UTF-16',
  'EUC-KR',
  'ISO-8859-1',
  'HTTP',
  'HTTPS',
  'TLS',
  'DNS',
  'CA',
  'MAC',
  'URL',
  'URI',
  'ID',
  'IMS client identifier',
];

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const NAME_PATTERN = new RegExp(
  NAMES.sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|'),
  'g',
);

/** The text with everything that may stay English blanked out. */
export function strippedOfAllowedEnglish(text: string): string {
  return text
    .replace(/"(?:[^"\\\n]|\\.)*"/g, ' ') // values quoted from inputs (f.v, f.code)
    .replace(/'[^'\n]*'/g, ' ')
    .replace(/<[^<>\n]*>/g, ' ') // XML tags: <package>, <redir …/>
    .replace(/\bhttps?:\/\/\S+/g, ' ')
    .replace(/\S*[/\\]\S*/g, ' ') // paths, and tokens such as a/b
    .replace(/\S+\.(?:xml|ya?ml|json|csv|har|log|gz|txt|md|html?|sarif|pdf)\b\S*/gi, ' ')
    .replace(/--?[A-Za-z][\w-]*/g, ' ') // options
    .replace(/\b[A-Z][A-Z0-9]*(?:[_-][A-Z0-9]+)+\b/g, ' ') // codes and variables: XSV-350022, NODE_EXTRA_CA_CERTS, BAD_INDENT
    .replace(/\b[\w.-]+:[\w.#:-]+\b/g, ' ') // qualified names: xtk:session#Logon, nms:extAccount
    .replace(NAME_PATTERN, ' ');
}

/** Runs of three or more English words left once the allowed English is removed. */
export function englishRuns(text: string): string[] {
  return strippedOfAllowedEnglish(text).match(/[A-Za-z][A-Za-z'’]*(?:[ \t]+[A-Za-z][A-Za-z'’]*){2,}/g) ?? [];
}
