import { createHash } from "node:crypto";
import { DimpleError } from "../../../kernel/errors.ts";
import { MAX_PHOTO_BYTES } from "./schemas.ts";

/** The first bytes of each image format we take, so a text file renamed .jpg is refused. */
const SIGNATURES: Record<string, (bytes: Buffer) => boolean> = {
  "image/jpeg": (bytes) => bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff,
  "image/png": (bytes) =>
    bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  "image/webp": (bytes) =>
    bytes.subarray(0, 4).toString("latin1") === "RIFF" && bytes.subarray(8, 12).toString("latin1") === "WEBP",
};

export interface CheckedPhoto {
  contentType: string;
  bytes: number;
  sha256: string;
  dataBase64: string;
}

/** Decodes and checks an uploaded photo: a real image of the declared type, at most 2 MB. */
export function checkPhoto(photo: { contentType: string; dataBase64: string }): CheckedPhoto {
  const bytes = Buffer.from(photo.dataBase64, "base64");
  if (bytes.length > MAX_PHOTO_BYTES)
    throw new DimpleError(
      "photo_too_large",
      `the photo is ${bytes.length} bytes; at most ${MAX_PHOTO_BYTES}`,
      {
        field: "photo.dataBase64",
        status: 413,
      },
    );
  const matches = SIGNATURES[photo.contentType];
  if (!matches?.(bytes))
    throw new DimpleError("invalid_photo", `the upload is not a ${photo.contentType} image`, {
      field: "photo.dataBase64",
    });
  return {
    contentType: photo.contentType,
    bytes: bytes.length,
    sha256: createHash("sha256").update(bytes).digest("hex"),
    dataBase64: bytes.toString("base64"),
  };
}
