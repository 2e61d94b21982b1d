// XML text and attribute escaping shared by the GraphML, GEXF, SVG and HTML writers.

/** Characters XML 1.0 cannot carry at all, even escaped: dropped rather than risk an unreadable file. */
const NOT_XML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const TEXT_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  // Parsers normalise raw line breaks and tabs (to \n in text, to spaces in attributes): escape them to keep them.
  '\r': '&#13;',
  '\n': '&#10;',
  '\t': '&#9;',
};

/** The text without the characters XML 1.0 cannot carry; writers that escape for themselves (GEXF) use this. */
export function stripNonXml(value: string): string {
  return value.replace(NOT_XML, '');
}

/** Escapes text for an XML attribute value (quoted with either quote). */
export function escapeXmlAttribute(value: string): string {
  return value.replace(NOT_XML, '').replace(/[&<>"'\r\n\t]/g, (c) => TEXT_ESCAPES[c]!);
}

/** Escapes element text: line breaks and tabs stay literal, except \r which parsers would drop. */
export function escapeXmlText(value: string): string {
  return value.replace(NOT_XML, '').replace(/[&<>\r]/g, (c) => TEXT_ESCAPES[c]!);
}
