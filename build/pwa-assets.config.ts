import { defineConfig, minimal2023Preset } from '@vite-pwa/assets-generator/config';

// One source image; every icon the manifest and iOS need is generated from it at build time.
export default defineConfig({
  headLinkOptions: { preset: '2023' },
  preset: {
    ...minimal2023Preset,
    maskable: { ...minimal2023Preset.maskable, resizeOptions: { background: '#0f5c55' } },
    apple: { ...minimal2023Preset.apple, resizeOptions: { background: '#0f5c55' } },
  },
  images: ['public/icon.svg'],
});
