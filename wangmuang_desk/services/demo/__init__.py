"""Realistic demo databases: for trying the program, training staff and benchmarks."""

from wangmuang_desk.services.demo.generator import DemoSummary, build_demo_database

__all__ = ["DemoSummary", "build_demo_database"]
