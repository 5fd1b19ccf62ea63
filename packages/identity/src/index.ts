export * from "./roles";
export * from "./config";
export * from "./jwt";
