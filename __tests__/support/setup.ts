import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';

// A 2-core machine running the suite in parallel can take longer than a second to render a screen
// that reads IndexedDB; waiting longer changes no verdict, it only stops slow runs reading as failures.
configure({ asyncUtilTimeout: 4000 });
