// Words that say nothing: an image described as «ảnh» or by its file name, a link that reads «bấm vào
// đây». One list for the schemas' alt fields and for the images and links inside articles. Compared
// without diacritics, case or punctuation, so «Bấm vào đây!» and «bam vao day» are the same words.
import { normalise } from './text-match.ts';

export const minAltLength = 8;

export const altMessages = {
  empty: 'ảnh chưa có mô tả (alt)',
  short: `mô tả ảnh quá ngắn: hãy nói ảnh cho thấy điều gì (ít nhất ${minAltLength} ký tự)`,
  generic: 'mô tả ảnh phải nói ảnh cho thấy điều gì, không chỉ ghi «ảnh» hay «hình ảnh»',
  fileName: 'mô tả ảnh không được là tên tệp',
};

const genericAlts = new Set(
  [
    'ảnh',
    'hình',
    'hình ảnh',
    'ảnh chụp',
    'ảnh minh họa',
    'hình minh họa',
    'minh họa',
    'ảnh bìa',
    'image',
    'photo',
    'picture',
    'infographic',
    'logo',
    'banner',
  ].map(normalise),
);

const imageExtension = /\.(jpe?g|png|webp|avif|gif|svg)$/i;

/** «ảnh», «hình ảnh», «infographic»…: says it is an image, not what it shows. */
export function isGenericAlt(alt: string): boolean {
  return genericAlts.has(normalise(alt));
}

/** A file name: «anh-bia.jpg», the image's own name without extension, or a camera's «IMG_1234». */
export function isFileNameAlt(alt: string, src?: string): boolean {
  const text = alt.trim();
  const stem = src
    ?.split('/')
    .at(-1)
    ?.replace(/\.[^.]*$/, '');
  return (
    imageExtension.test(text) ||
    /^(img|dsc|dscn|pxl|screenshot)[-_ ]?\d+$/i.test(text) ||
    (Boolean(stem) && text.toLowerCase() === stem?.toLowerCase())
  );
}

/** Why an image description does not describe the image at `src`, or undefined when it does. */
export function altProblem(alt: string, src?: string): string | undefined {
  const text = alt.trim();
  if (!text) return altMessages.empty;
  if (isFileNameAlt(text, src)) return altMessages.fileName;
  if (isGenericAlt(text)) return altMessages.generic;
  if (text.length < minAltLength) return altMessages.short;
  return undefined;
}

const vagueLinkTexts = new Set(
  [
    'bấm vào đây',
    'nhấn vào đây',
    'bấm đây',
    'nhấn đây',
    'tại đây',
    'ở đây',
    'đây',
    'xem thêm',
    'xem tại đây',
    'xem chi tiết',
    'chi tiết',
    'liên kết',
    'link',
    'click',
    'click here',
    'here',
    'read more',
  ].map(normalise),
);

/** «bấm vào đây», «xem thêm», «link»…: link text that does not say where the link goes. */
export function isVagueLinkText(text: string): boolean {
  return vagueLinkTexts.has(normalise(text));
}
