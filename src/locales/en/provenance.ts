/** Words that tell where an article comes from, in news English: data only (src/stages/provenance reads them). */

/** News agencies whose stories other outlets carry, with the short names they go by. */
export const WIRES: readonly { name: string; aliases: readonly string[] }[] = [
  { name: 'Associated Press', aliases: ['Associated Press', 'AP'] },
  { name: 'Reuters', aliases: ['Reuters', 'Thomson Reuters'] },
  { name: 'Agence France-Presse', aliases: ['Agence France-Presse', 'Agence France Presse', 'AFP'] },
  { name: 'Bloomberg', aliases: ['Bloomberg', 'Bloomberg News'] },
  { name: 'dpa', aliases: ['dpa', 'Deutsche Presse-Agentur'] },
  { name: 'United Press International', aliases: ['United Press International', 'UPI'] },
  { name: 'PA Media', aliases: ['PA Media', 'Press Association'] },
  { name: 'Xinhua', aliases: ['Xinhua'] },
  { name: 'ANSA', aliases: ['ANSA'] },
  { name: 'EFE', aliases: ['EFE'] },
  { name: 'Kyodo', aliases: ['Kyodo', 'Kyodo News'] },
  { name: 'Yonhap', aliases: ['Yonhap'] },
  { name: 'Interfax', aliases: ['Interfax'] },
  { name: 'TASS', aliases: ['TASS'] },
  { name: 'Anadolu Agency', aliases: ['Anadolu Agency', 'Anadolu'] },
  { name: 'Canadian Press', aliases: ['Canadian Press'] },
];

/** Lines a scraper or an aggregator leaves when it copies another site's article (chrome or text). */
export const COPY_LINES: readonly RegExp[] = [
  /^source link$/i,
  /^the post .+ appeared first on (?<of>.+?)\.?$/i,
  /^(?:this (?:article|story) )?(?:was )?originally (?:published|appeared) (?:by|on|in|at) (?<of>.+?)\.?$/i,
  /^(?:this (?:article|story) )?(?:first )?appeared (?:first )?(?:on|in) (?<of>.+?)\.?$/i,
  /^read (?:the )?(?:full |original )?(?:article|story) (?:on|at) (?<of>.+?)\.?$/i,
  /^(?:republished|reprinted) (?:with permission )?from (?<of>.+?)\.?$/i,
  /^exit mobile version$/i,
];

/** Lines that give a story to a wire at its foot ("The Associated Press contributed to this report."). */
export const WIRE_CREDIT = /^(?:the )?(?<wire>.+?) contributed to this (?:report|story|article)\.?$/i;

/** Words that open a summing-up of others' reports, or label analysis and opinion. */
export const ANALYSIS_OPENERS: readonly RegExp[] = [
  /^(?:summari[sz]ing|summing up|in summary|to sum up|taken together|all in all)\b/i,
  /^(?:analysis|opinion|commentary|editorial|column|viewpoint|perspective)\s*[:|—–-]/i,
];
