export * from "./roles";
export * from "./config";
export * from "./jwt";
export * from "./authenticate";
