/// <reference types="vite/client" />
declare module 'virtual:rag-colours.css';
