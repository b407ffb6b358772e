/** Largest roster upload: a 20,000-person roster is about 2 MB, so 20 MB leaves room for formatting. */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
