/** The drawable parameters of the face; the SVG renders exactly these. */
export interface EyeParams {
  /** 0 = shut, 1 = normally open; values a little above 1 read as wide-eyed. */
  openness: number;
  /** Smiling eyes drawn as upward arcs (^ ^). */
  happy: boolean;
  /** Where the pupils point, each in −1…1 (x right, y down). */
  lookX: number;
  lookY: number;
}

export interface BrowParams {
  /** Pixels raised above the rest position. */
  lift: number;
  /** Degrees; positive raises the inner end (worried, apologetic), negative lowers it (focused). */
  tilt: number;
}

export interface MouthParams {
  width: number;
  /** 0 = lips together, 1 = wide open. */
  open: number;
  /** −1 = frown … 1 = broad smile. */
  smile: number;
  /** 0 = spread, 1 = rounded like "o"/"u". */
  round: number;
  teeth: boolean;
  /** Horizontal shift, for a thoughtful mouth pulled to one side. */
  shiftX: number;
}

export type FaceExtra = "thinking-dots" | "gear" | "sparkles" | "sweat";

export interface FaceParams {
  eyes: EyeParams;
  brows: { left: BrowParams; right: BrowParams };
  mouth: MouthParams;
  /** 0…1 strength of the cheek blush. */
  blush: number;
  /** Whether the dimples show; derived from the final mouth, never set by hand. */
  dimples: boolean;
  /** Degrees of head tilt (positive leans right). */
  headTilt: number;
  extras: FaceExtra[];
}

/** How broad a smile must be before the dimples show. */
export const DIMPLE_SMILE = 0.6;
