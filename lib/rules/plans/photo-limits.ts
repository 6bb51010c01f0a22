import type { PhotoLimits } from './types';

/**
 * The photo limits of 二.1 (unchanged across the plans we know). The byte
 * bands encode both readings of "大于30K且小于1M": K/M as 1000 or 1024.
 */
export const GUIDE_PHOTO_LIMITS: PhotoLimits = {
  bytesPassMin: 30720,
  bytesPassMax: 1000000,
  bytesErrorAtOrBelow: 30000,
  bytesErrorAtOrAbove: 1048576,
  minWidth: 215,
  minHeight: 300,
  ratioMin: 0.65,
  ratioMax: 0.8,
  fix: {
    targetRatio: 5 / 7,
    maxWidth: 413,
    maxHeight: 579,
    bytesMin: 40000,
    bytesMax: 900000,
  },
};
