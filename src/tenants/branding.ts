/**
 * A municipality's look on the web chat: its name, two colours and a logo. Colours are checked at
 * start against white text and background (WCAG AA, 4.5:1), so no municipality can make the chat
 * unreadable for residents with low vision.
 */
import { z } from 'zod';

const Hex = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like #1c4a87');

export const BrandingSchema = z.strictObject({
  /** The municipality as residents know it: "Haarlem", "Zandvoort". */
  name: z.string().trim().min(1).max(60),
  colours: z
    .strictObject({
      /** Buttons, the resident's own messages (white text on it) and the header rule. */
      brand: Hex,
      /** Headings and links on white. */
      brandDark: Hex,
    })
    .optional(),
  /** A PNG or SVG file, shown in the chat's header. */
  logo: z
    .string()
    .regex(/\.(png|svg)$/i, 'must be a .png or .svg file')
    .optional(),
});
export type Branding = z.infer<typeof BrandingSchema>;

/** Relative luminance of an sRGB colour (WCAG 2.2). */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG contrast ratio of a colour against white. */
export function contrastWithWhite(hex: string): number {
  return 1.05 / (luminance(hex) + 0.05);
}

/** Problems with the colours, as sentences naming the field; empty when they are readable. */
export function brandingProblems(branding: Branding): string[] {
  const problems: string[] = [];
  for (const [field, colour] of Object.entries(branding.colours ?? {})) {
    const ratio = contrastWithWhite(colour);
    if (ratio < 4.5) problems.push(`colours.${field} ${colour} has a contrast of ${ratio.toFixed(1)}:1 with white; at least 4.5:1 is needed`);
  }
  return problems;
}

/** The stylesheet that puts the colours into the chat's CSS variables (chat.css reads them). */
export function brandingCss(branding: Branding): string {
  const c = branding.colours;
  return c ? `:root {\n  --brand: ${c.brand};\n  --brand-dark: ${c.brandDark};\n}\n` : '/* Naast\'s own colours */\n';
}
