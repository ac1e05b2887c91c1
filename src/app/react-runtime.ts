// React and React DOM, evaluated on their own (src/main.tsx imports this module first, in a task
// of its own): their start-up is the largest part of the app's code, and evaluated with the rest
// of the app it made one task over 50 ms with the CPU slowed 4x (docs/performance.md).
export { createRoot } from 'react-dom/client';
