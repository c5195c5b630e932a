/**
 * Messages of the cli area. fi is the source of truth; sv and en must give every key
 * (the compiler says which is missing). Placeholders are {name}.
 */
export const fi = {
} as const;

type Key = keyof typeof fi;

export const sv: Record<Key, string> = {
};

export const en: Record<Key, string> = {
};
