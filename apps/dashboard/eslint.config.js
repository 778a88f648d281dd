// The workspace's rules, plus React's rules of hooks for the components.
import reactHooks from "eslint-plugin-react-hooks";
import workspace from "../../eslint.config.js";

export default [
  ...workspace,
  {
    files: ["**/*.tsx", "src/**/*.ts"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "error",
    },
  },
];
