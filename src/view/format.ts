import { format } from 'd3';

/** Four decimals: how the table and the page show D and losses (CONTRACT.md section 2). */
export const fixed4 = format('.4f');
/** Two decimals, for the margin. */
export const fixed2 = format('.2f');
