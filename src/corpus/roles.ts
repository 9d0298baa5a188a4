/** Roles in words, one way everywhere (entity pages, the claims, the command line). */

/** What a role says. */
export interface RoleWords {
  title: string;
  org?: string;
  former?: boolean;
}

/** The office in words: "NATO Secretary General", "Water Commissioner". */
export function officeName(role: RoleWords): string {
  return `${role.org ? `${role.org} ` : ''}${role.title}`;
}

/** The role in words, "former" first when it is one: "Former U.S. President" (`capital: false`: "former …"). */
export function roleLabel(role: RoleWords, capital = true): string {
  return `${role.former ? (capital ? 'Former ' : 'former ') : ''}${officeName(role)}`;
}
