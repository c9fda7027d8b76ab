// The project has no @types/react; these are the two calls main.ts makes.
declare module 'react' {
  export function createElement(type: unknown, props?: Record<string, unknown> | null): unknown;
}
declare module 'react-dom/client' {
  export function createRoot(container: Element): { render(node: unknown): void };
}
