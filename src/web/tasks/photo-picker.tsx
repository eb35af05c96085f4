import { useI18n } from "../i18n/i18n.tsx";

const TYPES = ["image/jpeg", "image/png", "image/webp"];

/** Reads a picked image as base64 (no data: prefix), the way the evidence endpoint takes it. */
async function readBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** A photo for a claim (a spilled drink, the wrong dish): JPEG, PNG or WebP up to 2 MB. */
export function PhotoPicker({
  disabled,
  onPhoto,
}: {
  disabled: boolean;
  onPhoto: (photo: { contentType: string; dataBase64: string }) => Promise<void>;
}) {
  const { t } = useI18n();
  return (
    <label className="photo-picker">
      <span>{t("card.claimPhoto")}</span>
      <input
        data-testid="claim-photo"
        type="file"
        accept={TYPES.join(",")}
        disabled={disabled}
        onChange={async (event) => {
          const file = event.target.files?.[0];
          // The server checks size and type and says what is wrong; the picker only offers images.
          if (!file) return;
          await onPhoto({ contentType: file.type, dataBase64: await readBase64(file) });
        }}
      />
    </label>
  );
}
